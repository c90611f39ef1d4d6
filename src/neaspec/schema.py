"""Migration steps of the Hub's own, for building the schema from an empty database in seconds.

Django re-renders every model related to the one a step changes, after each step, so that the
next step sees classes that agree with each other. Through the audit trail every model points at
the user, and so every model is related to every other: each of the squashed migrations' few
hundred steps rendered the whole project again, and `migrate` on an empty database took most of
a minute. `CreateModels` applies a group of steps to the project's state first and renders it
once.
"""

from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.operations.base import Operation
from django.db.migrations.operations.fields import AddField
from django.db.migrations.operations.models import AddConstraint, AddIndex, CreateModel
from django.db.migrations.state import ProjectState

# The steps that may refine a model created in the same group: the table is created once,
# from the group's final state, with them.
REFINEMENTS = (AddField, AddConstraint, AddIndex)


class CreateModels(Operation):
    """Create several models, each with the fields, constraints and indexes the group adds to it,
    rendering the project's models once rather than once a step.

    Only models created in the group may be refined in it: the table of each is created from the
    group's final state, so a refinement is already in it (a step on an older model needs that
    model as it stood before, which only Django's own one-at-a-time steps give)."""

    reversible = True
    serialization_expand_args = ["operations"]

    def __init__(self, operations: list[Operation]) -> None:
        created = {op.name_lower for op in operations if isinstance(op, CreateModel)}
        for op in operations:
            if isinstance(op, CreateModel):
                continue
            if not isinstance(op, REFINEMENTS) or op.model_name_lower not in created:
                raise ValueError(
                    f"CreateModels takes CreateModel steps and refinements of those models, "
                    f"not {op.describe()!r}: put it in the migration's operations after the group"
                )
        self.operations = operations

    def deconstruct(self) -> tuple[str, list[object], dict[str, list[Operation]]]:
        return (self.__class__.__qualname__, [], {"operations": self.operations})

    def state_forwards(self, app_label: str, state: ProjectState) -> None:
        # With no rendered models in the state, each step only records its change. Then the new
        # models alone are rendered into the models already rendered (they resolve their
        # relations to them as any model does): the project is not rendered again.
        rendered = state.__dict__.pop("apps", None)
        for op in self.operations:
            op.state_forwards(app_label, state)
        if rendered is not None:
            state.apps = rendered
            rendered.render_multiple(
                [state.models[app_label, op.name_lower] for op in self._created()]
            )

    def database_forwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        for op in self._created():
            op.database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        for op in reversed(self._created()):
            model = from_state.apps.get_model(app_label, op.name)
            if self.allow_migrate_model(schema_editor.connection.alias, model):
                schema_editor.delete_model(model)

    def _created(self) -> list[CreateModel]:
        return [op for op in self.operations if isinstance(op, CreateModel)]

    def describe(self) -> str:
        return f"Create {len(self._created())} models"

    @property
    def migration_name_fragment(self) -> str:
        return "models"
