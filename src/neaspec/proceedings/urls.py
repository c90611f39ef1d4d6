from django.urls import path

from neaspec.proceedings import views

app_name = "proceedings"
urlpatterns = [
    path("meetings/<slug:key>/session/", views.session, name="session"),
    path("meetings/<slug:key>/session/agenda/", views.agenda_adopt, name="agenda_adopt"),
    path("meetings/<slug:key>/session/officers/", views.officer_elect, name="officer_elect"),
    path(
        "meetings/<slug:key>/session/officers/<int:pk>/remove/",
        views.officer_remove,
        name="officer_remove",
    ),
    path("meetings/<slug:key>/session/statements/", views.statement_add, name="statement_add"),
    path(
        "meetings/<slug:key>/session/statements/<int:pk>/remove/",
        views.statement_remove,
        name="statement_remove",
    ),
    path("meetings/<slug:key>/session/drafts/", views.draft_add, name="draft_add"),
    path("meetings/<slug:key>/session/drafts/<int:pk>/amend/", views.draft_amend, name="amend"),
    path(
        "meetings/<slug:key>/session/drafts/<int:pk>/position/",
        views.position_add,
        name="position_add",
    ),
    path("meetings/<slug:key>/session/drafts/<int:pk>/adopt/", views.draft_adopt, name="adopt"),
]
