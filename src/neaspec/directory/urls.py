from django.urls import path

from neaspec.directory import views

app_name = "directory"
urlpatterns = [
    path("states/", views.state_list, name="states"),
    path("states/<slug:code>/", views.state_detail, name="state"),
    path("states/<slug:code>/focal-points/add/", views.focal_point_add, name="focal_point_add"),
    path("focal-points/<int:pk>/edit/", views.focal_point_edit, name="focal_point_edit"),
    path("states/<slug:code>/contacts/add/", views.contact_add, name="contact_add"),
    path("bodies/", views.body_list, name="bodies"),
    path("bodies/<slug:key>/", views.body_detail, name="body"),
    path("bodies/<slug:key>/members/add/", views.membership_add, name="membership_add"),
    path("people/", views.people, name="people"),
    path("people/<slug:key>/", views.person_detail, name="person"),
    path("people/<slug:key>/edit/", views.contact_edit, name="contact_edit"),
]
