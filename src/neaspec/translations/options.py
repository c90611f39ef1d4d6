from modeltranslation.translator import TranslationOptions


class Content(TranslationOptions):
    """Translatable content: every language may be empty (it then falls back to English), and
    a translation column is never required, whatever the source field demands."""

    required_languages = ()
    fallback_undefined = ""
