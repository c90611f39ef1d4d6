"""Who translates: the Secretariat into any language, a translator into the languages granted."""

import rules

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of, is_secretariat


def translator_languages(user: Actor) -> set[str]:
    return {g.language for g in grants_of(user) if g.role == Role.TRANSLATOR}


@rules.predicate
def is_translator(user: Actor) -> bool:
    return bool(translator_languages(user))


@rules.predicate
def translates_into(user: Actor, language: str | None) -> bool:
    """`language` is a language code; the translator holds a grant for it."""
    return language in translator_languages(user)


rules.add_perm("translations.view", is_secretariat | is_translator)
rules.add_perm("translations.translate", is_secretariat | translates_into)


def may_translate(user: Actor, language: str) -> bool:
    """Whether `user` translates into `language` (a code: the permission's object is not a
    record, so it is asked of rules directly)."""
    return bool(rules.has_perm("translations.translate", user, language))
