"""The language selector names each language as its own readers write it: 中文, 日本語, 한국어,
Монгол, Русский, English. Django's table says "简体中文", and "Mongolian" for Mongolian."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase

OWN_NAMES = {
    "en": "English",
    "zh-hans": "中文",
    "ja": "日本語",
    "ko": "한국어",
    "mn": "Монгол",
    "ru": "Русский",
}


def selector(request: HttpRequest) -> dict[str, list[tuple[str, str]]]:
    """The layout's language choices: (code, own name), in the settings' order."""
    from django.conf import settings

    return {"language_choices": [(code, OWN_NAMES[code]) for code, _ in settings.LANGUAGES]}


class RequestedLanguage:
    """`?lang=ja` asks for a language for this request only, before the cookie and
    Accept-Language that LocaleMiddleware (just before this) has read: the API's way to choose."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        from django.conf import settings
        from django.utils import translation

        wanted = request.GET.get("lang", "")
        if wanted and wanted in dict(settings.LANGUAGES):
            translation.activate(wanted)
            request.LANGUAGE_CODE = wanted
        return self.get_response(request)
