from django.urls import path

from neaspec.networks import views

app_name = "networks"
urlpatterns = [
    path("networks/neampan/", views.neampan, name="neampan"),
    path("networks/neacap/", views.neacap, name="neacap"),
    path("networks/lccp/", views.lccp, name="lccp"),
    path("networks/species/", views.species, name="species"),
    path("sites/nominate/", views.site_nominate, name="nominate"),
    path("sites/<slug:key>/", views.site_detail, name="site"),
    path("sites/<slug:key>/sheets/", views.sheet_submit, name="sheet_submit"),
    path("sites/<slug:key>/review/", views.site_review, name="site_review"),
    path("sites/<slug:key>/inclusion/", views.site_inclusion, name="site_inclusion"),
    path("sheets/<int:pk>/review/", views.sheet_review, name="sheet_review"),
]
