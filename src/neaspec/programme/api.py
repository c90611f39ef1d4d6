from django.http import HttpRequest
from ninja import Router, Schema

from neaspec.programme import selectors

router = Router(tags=["programme"])


class AreaOut(Schema):
    code: str
    name: str
    platform: str | None
    description: str


class PlanOut(Schema):
    code: str
    title: str
    start_year: int
    end_year: int
    status: str
    adopted_at: str
    summary: str
    areas: list[str]


@router.get("/areas", response=list[AreaOut], summary="The programme areas")
def list_areas(request: HttpRequest) -> list[AreaOut]:
    return [
        AreaOut(
            code=a.code,
            name=a.name,
            description=a.description,
            platform=a.platform.key if a.platform else None,
        )
        for a in selectors.area_list()
    ]


@router.get("/plans", response=list[PlanOut], summary="Strategic plans (drafts for insiders)")
def list_plans(request: HttpRequest) -> list[PlanOut]:
    plans = selectors.plan_list(actor=request.user).prefetch_related("plan_areas__area")
    return [
        PlanOut(
            code=p.code,
            title=p.title,
            start_year=p.start_year,
            end_year=p.end_year,
            status=p.status,
            adopted_at=p.adopted_at,
            summary=p.summary,
            areas=[pa.area.code for pa in p.plan_areas.all()],
        )
        for p in plans
    ]
