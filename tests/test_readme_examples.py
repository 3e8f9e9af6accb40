"""Run every ```python example of README.md and generated/README.md against the sandbox.

The examples of one README run in order in one namespace, as a reader pastes them into one
session, so later blocks use the names that earlier ones define. They run in a temporary working
directory that contains the files they open. RESEND_API_KEY and RESEND_BASE_URL point at a
sandbox without a rate limit, and ``time.sleep`` and ``asyncio.sleep`` return at once, so an
example that paces itself does not wait. A DeprecationWarning raised by an example fails it.
A block is left out only when the line right before its fence is
``<!-- example: not run, <reason> -->``, and each such block is reported as a skipped test.
"""

import asyncio
import contextlib
import re
import signal
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from resend_client import AsyncResend, Resend

from tests.sandbox import Sandbox

REPOSITORY = Path(__file__).resolve().parents[1]
READMES = ("README.md", "generated/README.md")
API_KEY = "re_readme_examples_key_123"

# Files that the examples open, created in the working directory of each README's run.
EXAMPLE_FILES = {"contacts.csv": "email,first_name\njane@example.com,Jane\n"}

# The examples here take under 0.2 seconds each against the sandbox (measured on a 2-core AMD EPYC
# VM). The limit stops an example that serves requests or waits for input from stalling the run.
EXAMPLE_TIME_LIMIT_SECONDS = 30

RUN_LANGUAGE = "python"
# Info strings that GitHub also highlights as Python. A block fenced with one would escape this test.
PYTHON_ALIASES = frozenset({"py", "py3", "python3", "pycon", "ipython", "ipython3"})

# A fence as CommonMark defines it: up to 3 spaces, then 3 or more backticks or tildes.
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
NOT_RUN_MARKER = re.compile(r"^\s*<!-- example: not run, (?P<reason>\S.*?) -->\s*$")
ANY_EXAMPLE_MARKER = re.compile(r"^\s*<!--\s*example\b")

_real_asyncio_sleep = asyncio.sleep


@dataclass(frozen=True)
class CodeBlock:
    """A fenced code block of a Markdown file, with 1-based line numbers."""

    readme: str
    fence_line: int
    language: str
    code: str
    not_run_reason: str | None

    @property
    def name(self) -> str:
        return f"{self.readme}:{self.fence_line}"


def read_code_blocks(readme: str) -> list[CodeBlock]:
    """Return the fenced code blocks of a Markdown file in order, with the language of each."""
    lines = (REPOSITORY / readme).read_text(encoding="utf-8").splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue

        end = index + 1
        while end < len(lines) and not _closes_fence(lines[end], opening["fence"]):
            end += 1
        if end == len(lines):
            fence = opening["fence"]
            message = f"{readme}:{index + 1}: the code fence {fence} is never closed. Close it with a line of {fence}."
            raise ValueError(message)

        indent = len(opening["indent"])
        code = "".join(_remove_indent(line, indent) + "\n" for line in lines[index + 1 : end])
        info_words = opening["info"].split()
        marker = NOT_RUN_MARKER.match(lines[index - 1]) if index > 0 else None
        blocks.append(
            CodeBlock(
                readme=readme,
                fence_line=index + 1,
                language=info_words[0] if info_words else "",
                code=code,
                not_run_reason=marker["reason"] if marker else None,
            )
        )
        index = end + 1
    return blocks


def _closes_fence(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened by ``fence``: the same character, at least as many times."""
    indent = len(line) - len(line.lstrip(" "))
    stripped = line.strip()
    return indent <= 3 and len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)


def _remove_indent(line: str, indent: int) -> str:
    leading = len(line) - len(line.lstrip(" "))
    return line[min(leading, indent) :]


BLOCKS = {readme: read_code_blocks(readme) for readme in READMES}
EXAMPLES = [block for blocks in BLOCKS.values() for block in blocks if block.language == RUN_LANGUAGE]


def _return_at_once(seconds: float) -> None:
    """Stand-in for ``time.sleep``: the sandbox has no rate limit to wait for."""


async def _yield_once(delay: float, result: Any = None) -> Any:
    """Stand-in for ``asyncio.sleep`` that still lets other tasks run, as a real sleep does."""
    return await _real_asyncio_sleep(0, result)


class ExampleTimeoutError(Exception):
    """Raised inside an example that runs longer than EXAMPLE_TIME_LIMIT_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExampleTimeoutError in the main thread when the block inside takes longer than ``seconds``."""

    def interrupt(signal_number: int, frame: FrameType | None) -> None:
        message = (
            f"the example did not finish within {seconds} seconds. Mark an example that serves requests"
            " or waits for input with `<!-- example: not run, <reason> -->` on the line before its fence."
        )
        raise ExampleTimeoutError(message)

    previous_handler = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)


def describe_failure(block: CodeBlock, error: BaseException) -> str:
    """Name the block and show the exception with the traceback from the example's own frame on."""
    # The first frame is ReadmeRun.execute. The example's frames follow, numbered as in the README.
    example_traceback = error.__traceback__.tb_next if error.__traceback__ is not None else None
    formatted = "".join(traceback.format_exception(type(error), error, example_traceback))
    return f"the example at {block.name} failed with {type(error).__name__}: {error}\n\n{formatted}"


class ReadmeRun:
    """The shared namespace of one README's examples, and the sandbox and directory they run in."""

    def __init__(self, examples: list[CodeBlock], base_url: str, directory: Path) -> None:
        self.examples = examples
        self.base_url = base_url
        self.directory = directory
        self.namespace: dict[str, Any] = {"__name__": "__main__"}
        self.failures: dict[int, str] = {}
        self._executed: set[int] = set()

    def run_through(self, example: CodeBlock) -> str | None:
        """Run the examples up to ``example`` that have not run yet, and return its failure or None."""
        for block in self.examples:
            if block.fence_line not in self._executed and block.not_run_reason is None:
                self._executed.add(block.fence_line)
                failure = self.execute(block)
                if failure is not None:
                    self.failures[block.fence_line] = failure
            if block == example:
                break
        return self.failures.get(example.fence_line)

    def execute(self, block: CodeBlock) -> str | None:
        """Run one block in the shared namespace, and return a description of its failure or None."""
        # Leading newlines give the compiled code the README's line numbers, so tracebacks quote it.
        source = "\n" * block.fence_line + block.code
        filename = str(REPOSITORY / block.readme)

        with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
            patch.setenv("RESEND_API_KEY", API_KEY)
            patch.setenv("RESEND_BASE_URL", self.base_url)
            patch.delenv("RESEND_API_URL", raising=False)
            patch.chdir(self.directory)
            patch.setattr(time, "sleep", _return_at_once)
            patch.setattr(asyncio, "sleep", _yield_once)
            warnings.simplefilter("error", DeprecationWarning)

            try:
                with time_limit(EXAMPLE_TIME_LIMIT_SECONDS):
                    exec(compile(source, filename, "exec"), self.namespace)
            except (Exception, SystemExit) as error:
                return describe_failure(block, error)
        return None

    def close_clients(self) -> None:
        """Close the clients that the examples left open."""
        for value in self.namespace.values():
            if isinstance(value, Resend):
                value.close()
            elif isinstance(value, AsyncResend):
                asyncio.run(value.aclose())


@pytest.fixture(scope="module")
def readme_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], ReadmeRun]]:
    """Return the run of a README, starting its sandbox and working directory on first use."""
    runs: dict[str, ReadmeRun] = {}
    with contextlib.ExitStack() as stack:

        def run_for(readme: str) -> ReadmeRun:
            if readme not in runs:
                sandbox = stack.enter_context(Sandbox(api_keys=(API_KEY,), rate_limit=None))
                directory = tmp_path_factory.mktemp("readme-examples")
                for name, content in EXAMPLE_FILES.items():
                    (directory / name).write_text(content, encoding="utf-8")
                examples = [block for block in EXAMPLES if block.readme == readme]
                runs[readme] = run = ReadmeRun(examples, sandbox.base_url, directory)
                stack.callback(run.close_clients)
            return runs[readme]

        yield run_for


@pytest.mark.parametrize("block", EXAMPLES, ids=[block.name for block in EXAMPLES])
def test_readme_example_runs(block: CodeBlock, readme_runs: Callable[[str], ReadmeRun]) -> None:
    if block.not_run_reason is not None:
        pytest.skip(f"{block.name} is not run: {block.not_run_reason}")

    run = readme_runs(block.readme)
    failure = run.run_through(block)

    if failure is not None:
        earlier = [f"{block.readme}:{line}" for line in run.failures if line < block.fence_line]
        if earlier:
            failure += f"\nEarlier examples also failed ({', '.join(earlier)}); a missing name may come from them."
        pytest.fail(failure, pytrace=False)


@pytest.mark.parametrize("readme", READMES)
def test_readme_has_runnable_examples(readme: str) -> None:
    assert any(block.readme == readme for block in EXAMPLES), f"{readme} has no ```{RUN_LANGUAGE} block"


@pytest.mark.parametrize("readme", READMES)
def test_readme_python_blocks_use_python_fence(readme: str) -> None:
    escaped = [
        f"{block.name} is fenced as ```{block.language}"
        for block in BLOCKS[readme]
        if block.language != RUN_LANGUAGE and block.language.lower() in PYTHON_ALIASES | {RUN_LANGUAGE}
    ]

    assert not escaped, f"Fence Python examples as ```{RUN_LANGUAGE} so that this test runs them:\n" + "\n".join(
        escaped
    )


@pytest.mark.parametrize("readme", READMES)
def test_not_run_markers_precede_python_blocks(readme: str) -> None:
    lines = (REPOSITORY / readme).read_text(encoding="utf-8").splitlines()
    python_fence_lines = {block.fence_line for block in BLOCKS[readme] if block.language == RUN_LANGUAGE}

    problems = []
    for number, line in enumerate(lines, start=1):
        if ANY_EXAMPLE_MARKER.match(line) is None:
            continue
        if NOT_RUN_MARKER.match(line) is None:
            problems.append(f"{readme}:{number}: write the marker as `<!-- example: not run, <reason> -->`")
        elif number + 1 not in python_fence_lines:
            problems.append(f"{readme}:{number}: the marker must be on the line right before a ```{RUN_LANGUAGE} fence")

    assert not problems, "\n".join(problems)
