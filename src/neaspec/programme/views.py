from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from neaspec.audit import history_for
from neaspec.programme import selectors


def area_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programme/area_list.html", {"areas": selectors.area_list()})


def area_detail(request: HttpRequest, code: str) -> HttpResponse:
    area = selectors.area_get(code=code, actor=request.user)
    return render(request, "programme/area_detail.html", {"area": area})


def plan_list(request: HttpRequest) -> HttpResponse:
    plans = selectors.plan_list(actor=request.user)
    return render(request, "programme/plan_list.html", {"plans": plans})


def plan_detail(request: HttpRequest, code: str) -> HttpResponse:
    plan = selectors.plan_get(code=code, actor=request.user)
    history = history_for(actor=request.user, obj=plan)
    return render(request, "programme/plan_detail.html", {"plan": plan, "history": history})
