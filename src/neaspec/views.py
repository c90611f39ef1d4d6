"""The home page: the visitor's workspace first, then the programme at a glance."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from neaspec.workspace import panels


def home(request: HttpRequest) -> HttpResponse:
    mine, public = panels(request, timezone.localdate())
    return render(request, "home.html", {"mine": mine, "public": public})
