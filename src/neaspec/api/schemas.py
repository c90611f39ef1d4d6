"""What the API's schemas share: the base of every answer read from model objects, of every
body that refuses a field it does not know, and the field types used across apps."""

from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import BeforeValidator, ConfigDict

from neaspec.api.params import LANGUAGES_HELP
from neaspec.multilingual import field_languages

# Beside translated content: which language each translated field is in (`Out` fills it).
Languages = Annotated[dict[str, str], Field(description=LANGUAGES_HELP)]


def _named(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


# A related record given as it names itself (its str()): a person, an organization; or a text
# translated when it is read (gettext_lazy).
Named = Annotated[str, BeforeValidator(_named)]


class Out(Schema):
    """An answer read from a model object (or a selector's record) as the operation returns it:
    each field by its name, a dotted alias (`Field(None, alias="state.code")`) or a
    `resolve_<field>` static method; a `languages` field gives the languages of the object's
    translated fields.

    A field read through a link that may be empty has the default None (the alias then finds
    nothing to follow). Every answer carries every field all the same, so the OpenAPI schema
    lists them all as required."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    @staticmethod
    def resolve_languages(obj: Any) -> dict[str, str]:
        return field_languages(obj)


class In(Schema):
    """A request's body: a field the schema does not name is refused (422), not ignored."""

    model_config = ConfigDict(extra="forbid")
