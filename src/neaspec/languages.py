"""The language selector names each language as its own readers write it: 中文, 日本語, 한국어,
Монгол, Русский, English. Django's table says "简体中文", and "Mongolian" for Mongolian."""

from typing import Any

from django.http import HttpRequest

OWN_NAMES = {
    "en": "English",
    "zh-hans": "中文",
    "ja": "日本語",
    "ko": "한국어",
    "mn": "Монгол",
    "ru": "Русский",
}


def selector(request: HttpRequest) -> dict[str, Any]:
    """The layout's language choices: (code, own name), in the settings' order."""
    from django.conf import settings

    return {"language_choices": [(code, OWN_NAMES[code]) for code, _ in settings.LANGUAGES]}
