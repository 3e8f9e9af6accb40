"""Command line of the generator driver: ``python -m generator COMMAND``, and ``--help`` lists the commands."""

import argparse
import sys

from generator import generate, paths, release, validate


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
    arguments = parser.parse_args(argv)

    if arguments.command == "api-diff":
        return release.run_api_diff(arguments.base)

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
