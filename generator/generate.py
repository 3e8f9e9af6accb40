"""Generation of the client package with openapi-python-client, our config and templates/.

The stock generator renders its fixed set of templates: models, endpoint modules and package
files. ``ResendProject`` then renders every template under ``templates/runtime/`` into the
package with the same Jinja environment, and writes the LICENSE file that pyproject.toml names.
It drops the stock client and error modules, because the runtime replaces them. The output is
formatted with the ruff of this environment, so the same inputs give byte-identical files.
"""

import contextlib
import difflib
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.datetime import DateTimeProperty

from generator import naming, paths
from generator.document import load_description

GENERATED_NOTICE = "Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand."
REGENERATE_NOTICE = "Regenerate with: make generate"

# Files that tools create next to the package without being part of the generation output.
IGNORED_NAMES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
IGNORED_SUFFIXES = (".pyc", ".egg-info")

# Generated files whose comments start with "#", by suffix (or by name for dotfiles). Markdown
# files get an HTML comment, plain-text files the notice as a paragraph of its own, and any
# other kind of file stops generation.
HASH_COMMENT_SUFFIXES = {".py", ".toml", ".typed", ".gitignore"}
PLAIN_TEXT_NAMES = {"LICENSE"}


def _imports_with_datetime_parser(self: DateTimeProperty, *, prefix: str) -> set[str]:
    return _stock_datetime_imports(self, prefix=prefix) | {f"from {prefix}_datetime import parse_datetime"}


# The datetime property template calls the runtime's parse_datetime. The stock property lists
# only its own imports, so this adds the parser's import to each module that uses a timestamp.
_stock_datetime_imports = DateTimeProperty.get_imports
DateTimeProperty.get_imports = _imports_with_datetime_parser  # type: ignore[method-assign]


class GenerationError(Exception):
    """The generator reported a problem, or formatting the output failed."""


class ResendProject(Project):
    """The stock project plus the runtime modules rendered from ``templates/runtime``."""

    def __init__(self, *, openapi: GeneratorData, config: Config, document: dict[str, Any]) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=paths.TEMPLATES)
        # Overrides can include the stock template they extend as "stock/<name>".
        stock_templates = PrefixLoader({"stock": PackageLoader("openapi_python_client", "templates")})
        assert self.env.loader is not None
        self.env.loader = ChoiceLoader([self.env.loader, stock_templates])
        self._resources = naming.resource_tree(document, openapi)
        self.env.globals.update(
            operation_method_names=naming.operation_method_names(document),
            resources=self._resources,
            webhook_events=naming.webhook_events(document, openapi),
            deprecation_messages=naming.deprecation_messages(document),
            body_argument_names=naming.body_argument_names(document),
            parameter_descriptions=naming.parameter_descriptions(document, config.field_prefix),
            input_type=naming.input_type,
            is_list_property=naming.is_list_property,
            is_multipart=naming.is_multipart,
            is_idempotency_key=naming.is_idempotency_key,
            page_item_type=naming.page_item_type,
            is_file_property=naming.is_file_property,
            body_fields=naming.body_fields,
            success_responses=naming.success_responses,
            success_type=naming.success_type,
            endpoint_tags={
                str(endpoint.name): tag
                for tag, collection in openapi.endpoint_collections_by_tag.items()
                for endpoint in collection.endpoints
            },
            model_class_names=sorted(str(item.class_info.name) for item in [*openapi.models, *openapi.enums]),
        )

    def _build_metadata(self) -> None:
        super()._build_metadata()

        # pyproject.toml names this licence file, and the stock generator writes none.
        license_path = self.project_dir / "LICENSE"
        license_path.write_text(self.env.get_template("LICENSE.jinja").render(), encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        super()._build_api()

        # The runtime's own client and error modules replace the stock ones.
        (self.package_dir / "client.py").unlink()
        (self.package_dir / "errors.py").unlink()

        # One module per top-level resource, so a client loads a resource's endpoints and
        # models only when the resource is first used.
        resources_dir = self.package_dir / "_resources"
        resources_dir.mkdir()
        (resources_dir / "__init__.py").write_text(
            '"""The resource classes of the clients, one module per top-level resource."""\n',
            encoding=self.config.file_encoding,
        )
        resource_template = self.env.get_template("resource_module.py.jinja")
        for module_name, nodes in naming.resource_modules(self._resources).items():
            (resources_dir / f"{module_name}.py").write_text(
                resource_template.render(nodes=nodes), encoding=self.config.file_encoding
            )

        for template_path in sorted(paths.RUNTIME_TEMPLATES.glob("*.jinja")):
            template = self.env.get_template(f"runtime/{template_path.name}")
            output_path = self.package_dir / template_path.stem
            output_path.write_text(template.render(), encoding=self.config.file_encoding)


def load_config(output_dir: Path | None = None) -> Config:
    """Read ``generator/config.yaml`` as the generation into ``output_dir`` uses it."""
    return Config.from_sources(
        ConfigFile.load_from_path(paths.CONFIG),
        MetaType.UV,
        document_source=paths.DESCRIPTION,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output_dir,
    )


def generate_into(output_dir: Path) -> None:
    """Generate the whole project into ``output_dir``, which must not exist yet."""
    config = load_config(output_dir)
    document = load_description(paths.DESCRIPTION)

    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(_describe_generator_errors([openapi]))
    untyped = naming.find_untyped_operations(openapi)
    if untyped:
        raise GenerationError("\n".join(["openapi-python-client dropped models without a warning:", *untyped]))

    try:
        project = ResendProject(openapi=openapi, config=config, document=document)
        # build() prints the scratch folder's path, which means nothing to the caller.
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
    except naming.NamingError as error:
        raise GenerationError(str(error)) from error

    # A warning usually means a model or an endpoint was left out, so it fails the build too.
    if problems:
        raise GenerationError(_describe_generator_errors(problems))

    _add_generated_notices(output_dir)
    _format(output_dir)


def regenerate() -> None:
    """Bring ``generated/`` in line with a fresh generation.

    Only files whose bytes changed are written, so unchanged files keep their modification
    times and make does not reinstall the package for a regeneration that changed nothing.
    """
    with tempfile.TemporaryDirectory(prefix="resend-generate-") as scratch:
        fresh = Path(scratch) / "generated"
        generate_into(fresh)

        fresh_files = {path.relative_to(fresh) for path in _iter_files(fresh)}
        if paths.GENERATED.exists():
            for path in list(_iter_files(paths.GENERATED)):
                if path.relative_to(paths.GENERATED) not in fresh_files:
                    path.unlink()

        for relative in sorted(fresh_files):
            source = fresh / relative
            target = paths.GENERATED / relative
            if target.exists() and target.read_bytes() == source.read_bytes():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)

        _remove_empty_folders(paths.GENERATED)


def compare_with_fresh_generation() -> str:
    """Return a unified diff of ``generated/`` against a fresh generation; empty when equal."""
    with tempfile.TemporaryDirectory(prefix="resend-check-") as scratch:
        fresh = Path(scratch) / "generated"
        generate_into(fresh)
        return _diff_trees(paths.GENERATED, fresh)


def _describe_generator_errors(errors: Sequence[GeneratorError]) -> str:
    lines = ["openapi-python-client reported problems:"]
    for error in errors:
        lines.append(f"- {error.level.value}: {error.header}")
        if error.detail:
            lines.extend(f"    {line}" for line in str(error.detail).splitlines())
    return "\n".join(lines)


def _add_generated_notices(output_dir: Path) -> None:
    for path in _iter_files(output_dir):
        suffix = path.suffix or path.name
        text = path.read_text(encoding="utf-8")
        if suffix == ".md":
            notice = f"<!-- {GENERATED_NOTICE} {REGENERATE_NOTICE} -->\n\n"
        elif path.name in PLAIN_TEXT_NAMES:
            notice = f"{GENERATED_NOTICE}\n{REGENERATE_NOTICE}\n\n"
        elif suffix in HASH_COMMENT_SUFFIXES:
            notice = f"# {GENERATED_NOTICE}\n# {REGENERATE_NOTICE}\n"
            if suffix == ".py" and text.strip():
                notice += "\n"
        else:
            message = f"no comment syntax is known for {path.name}, so it cannot carry the generated notice"
            raise GenerationError(message)
        path.write_text(notice + text, encoding="utf-8")


def _format(output_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    commands = [
        [*ruff, "check", "--no-cache", "--fix-only", "--quiet", "."],
        [*ruff, "format", "--no-cache", "."],
    ]
    for command in commands:
        completed = subprocess.run(command, cwd=output_dir, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            output = (completed.stdout + completed.stderr).strip() or "(ruff printed nothing)"
            message = f"{' '.join(command[2:])} failed on the generated code:\n{output}"
            raise GenerationError(message)


def _remove_empty_folders(root: Path) -> None:
    for folder in sorted((path for path in root.rglob("*") if path.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def _iter_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative_parts = path.relative_to(root).parts
        if any(part in IGNORED_NAMES or part.endswith(IGNORED_SUFFIXES) for part in relative_parts):
            continue
        if path.is_file():
            yield path


def _diff_trees(committed: Path, fresh: Path) -> str:
    committed_files = (
        {path.relative_to(committed): path for path in _iter_files(committed)} if committed.exists() else {}
    )
    fresh_files = {path.relative_to(fresh): path for path in _iter_files(fresh)}

    chunks: list[str] = []
    for relative in sorted(committed_files.keys() | fresh_files.keys()):
        old = committed_files.get(relative)
        new = fresh_files.get(relative)
        old_bytes = old.read_bytes() if old else b""
        new_bytes = new.read_bytes() if new else b""
        if old_bytes == new_bytes and old and new:
            continue
        old_lines = old_bytes.decode("utf-8", errors="replace").splitlines(keepends=True)
        new_lines = new_bytes.decode("utf-8", errors="replace").splitlines(keepends=True)
        label = f"generated/{relative.as_posix()}"
        diff = difflib.unified_diff(
            old_lines,
            new_lines,
            fromfile=f"{label} (committed)" if old else "/dev/null",
            tofile=f"{label} (fresh)" if new else "/dev/null",
        )
        if old is None:
            summary = f"{label}: missing from the committed tree\n"
        elif new is None:
            summary = f"{label}: not produced by the generator; delete it or change the templates\n"
        else:
            summary = f"{label}: contents differ\n"
        chunks.append(summary + "".join(diff))
    return "".join(chunks)
