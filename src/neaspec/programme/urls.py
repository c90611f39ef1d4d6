from django.urls import path

from neaspec.programme import views

app_name = "programme"
urlpatterns = [
    path("areas/", views.area_list, name="areas"),
    path("areas/<slug:code>/", views.area_detail, name="area"),
    path("plans/", views.plan_list, name="plans"),
    path("plans/<slug:code>/", views.plan_detail, name="plan"),
    path("indicators/", views.indicator_list, name="indicators"),
    path("indicators/review/", views.review_queue, name="review_queue"),
    path("indicators/import/", views.results_import, name="import"),
    path("indicators/<slug:code>/", views.indicator_detail, name="indicator"),
    path("indicators/<slug:code>/submit/", views.indicator_value_submit, name="value_submit"),
    path(
        "indicators/<slug:code>/<slug:what>/set/",
        views.indicator_reference_set,
        name="reference_set",
    ),
    path(
        "indicators/<slug:code>/values.<slug:fmt>", views.indicator_export, name="indicator_export"
    ),
    path("indicator-values/<int:pk>/review/", views.indicator_value_review, name="value_review"),
    path("activities.<slug:fmt>", views.activities_export, name="activities_export"),
    path("activities/<int:pk>/status/", views.activity_status, name="activity_status"),
]
