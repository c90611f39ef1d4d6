"""The home page: the programme at a glance."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from neaspec.directory.models import Body
from neaspec.directory.selectors import body_list, state_list
from neaspec.programme.selectors import area_list, plan_current


def home(request: HttpRequest) -> HttpResponse:
    context = {
        "states": state_list(),
        "areas": area_list(),
        "platforms": body_list().filter(kind=Body.Kind.PLATFORM),
        "plan": plan_current(on=timezone.localdate()),
    }
    return render(request, "home.html", context)
