from django.urls import path

from neaspec.programme import views

app_name = "programme"
urlpatterns = [
    path("areas/", views.area_list, name="areas"),
    path("areas/<slug:code>/", views.area_detail, name="area"),
    path("plans/", views.plan_list, name="plans"),
    path("plans/<slug:code>/", views.plan_detail, name="plan"),
]
