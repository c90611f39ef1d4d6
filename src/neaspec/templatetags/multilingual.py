"""`{{ area|translated:"name" }}`: a translatable field in the reader's language, or its
English marked as English (lang="en", a dotted underline and a title saying so) where no
translation exists yet — so a page never mixes languages silently."""

from django import template
from django.db import models
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from neaspec.multilingual import SOURCE_LANGUAGE, in_language

register = template.Library()


@register.filter
def translated(obj: models.Model | None, field: str) -> SafeString | str:
    if obj is None:
        return ""
    text, language = in_language(obj, field)
    if not text or language != SOURCE_LANGUAGE or (get_language() or "en") == SOURCE_LANGUAGE:
        return text
    return format_html(
        '<span lang="en" class="untranslated" title="{}">{}</span>',
        _("Not translated yet: shown in English"),
        text,
    )
