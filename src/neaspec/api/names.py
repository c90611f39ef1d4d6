"""Names of the schema's components that do not collide.

django-ninja builds each operation's JSON schema on its own and merges their definitions by
name, so two choices of the same class name — `Registration.Role` and `Officer.Role`, five
`Status`es — became one component, and the published schema offered the chair's roles for a
delegate's registration (a generated client refused the default "delegate"). A class nested in
another is named with its outer class here ("RegistrationRole"); a test checks that every
component the API declares is the one its fields use (tests/api/test_generated_client.py)."""

import re

import ninja.openapi.schema
from ninja.schema import NinjaGenerateJsonSchema
from pydantic.json_schema import CoreModeRef, CoreRef, DefsRef, JsonSchemaMode, JsonSchemaValue
from pydantic_core import CoreSchema

# "pkg.module.Outer.Inner:123": a class nested in a class (the outer's name is capitalised).
NESTED = re.compile(r"\.([A-Z]\w*)\.([A-Z]\w*)(:\d+)?$")


class QualifiedNames(NinjaGenerateJsonSchema):
    def get_defs_ref(self, core_mode_ref: CoreModeRef) -> DefsRef:
        core_ref, mode = core_mode_ref
        return super().get_defs_ref((CoreRef(NESTED.sub(r".\1\2\3", core_ref)), mode))

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        """Each choice's title is its component's name too: generators name classes by it."""
        json_schema = super().generate(schema, mode)
        for name, definition in json_schema.get("$defs", {}).items():
            if "enum" in definition:
                definition["title"] = name
        return json_schema


def use_qualified_names() -> None:
    ninja.openapi.schema.NinjaGenerateJsonSchema = QualifiedNames  # type: ignore[misc]
