"""Background: each e-mail goes to the mail server from the worker (a slow or absent server
never holds a page), and says afterwards whether it went."""

from django.tasks import task

from neaspec.mail import services


@task()
def message_send(*, message_id: int) -> str:
    return services.message_send(message_id=message_id)
