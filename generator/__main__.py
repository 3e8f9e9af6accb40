"""Command line of the generator driver: ``python -m generator COMMAND``, and ``--help`` lists the commands."""

import argparse
import sys

from generator import generate, paths, release, validate

DEFAULT_BASE_HELP = "default: the newest release tag v*, else the last commit at another package version"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Validate the OpenAPI description and keep generated/ in step with it.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help=f"check {paths.DESCRIPTION_DISPLAY} against the spec and our rules")
    commands.add_parser("generate", help="regenerate generated/ from the description and templates/")
    commands.add_parser("check", help="fail with a diff when generated/ differs from a fresh generation")
    api_diff = commands.add_parser(
        "api-diff",
        help=f"list the API changes of {paths.DESCRIPTION_DISPLAY} since a git ref, marked breaking or compatible. "
        "Exits 1 when one is breaking, 2 when the comparison cannot run",
    )
    api_diff.add_argument(
        "--base", required=True, help="git ref (tag, branch or commit) to compare the working tree with"
    )
    version_check = commands.add_parser(
        "version-check",
        help="fail when the package version bump is too small for the API changes since a git ref, "
        "or when CHANGELOG.md has no entry for the version",
    )
    version_check.add_argument("--base", help=f"git ref to compare with ({DEFAULT_BASE_HELP})")
    changelog = commands.add_parser(
        "changelog", help="print a CHANGELOG.md entry for the package version from the API changes since a git ref"
    )
    changelog.add_argument("--base", help=f"git ref to compare with ({DEFAULT_BASE_HELP})")
    changelog.add_argument(
        "--write", action="store_true", help="insert the entry into CHANGELOG.md instead of printing it"
    )
    arguments = parser.parse_args(argv)

    if arguments.command == "api-diff":
        return release.run_api_diff(arguments.base)
    if arguments.command == "version-check":
        return release.run_version_check(arguments.base)
    if arguments.command == "changelog":
        return release.run_changelog(arguments.base, arguments.write)

    if arguments.command == "validate":
        problems = validate.validate_description(paths.DESCRIPTION)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{paths.DESCRIPTION_DISPLAY}: {len(problems)} problem(s)", file=sys.stderr)
            return 1
        print(f"{paths.DESCRIPTION_DISPLAY}: valid")
        return 0

    try:
        if arguments.command == "generate":
            generate.regenerate()
            print(f"{paths.GENERATED_DISPLAY} regenerated")
            return 0
        difference = generate.compare_with_fresh_generation()
    except generate.GenerationError as error:
        print(error, file=sys.stderr)
        return 1

    if difference:
        print(difference, file=sys.stderr)
        print(f"{paths.GENERATED_DISPLAY} is out of date: run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"{paths.GENERATED_DISPLAY} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
