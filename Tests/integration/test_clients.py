"""Real front ends: a notebook run by nbclient, and `jupyter console`
driven through a pseudo-terminal."""
import os
import pathlib
import sys

import nbformat
import pexpect
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from conftest import KERNEL_NAME, ROOT

JUPYTER = str(pathlib.Path(sys.executable).with_name("jupyter"))


def _console(env_extra=None):
    env = dict(os.environ, JUPYTER_CONSOLE_TEST="1", PROMPT_TOOLKIT_NO_CPR="1", TERM="dumb")
    return pexpect.spawn(JUPYTER, ["console", f"--kernel={KERNEL_NAME}", "--simple-prompt", "--colors=NoColor",
                                   "--no-confirm-exit"],
                         env=env, encoding="utf-8", timeout=60)


def test_console_starts_and_shows_a_prompt():
    console = _console()
    try:
        console.expect(r"In \[\d+\]: ")
        console.sendeof()
        console.expect(pexpect.EOF)
    finally:
        console.close(force=True)


def test_console_shows_a_cells_result():
    console = _console()
    try:
        console.expect(r"In \[\d+\]: ")
        console.sendline("1 + 2")
        console.expect(r"Out\[\d+\]: 3")
        console.expect(r"In \[\d+\]: ")
        console.sendeof()
        console.expect(pexpect.EOF)
    finally:
        console.close(force=True)


def _run(notebook):
    NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=60, allow_errors=True).execute()
    return notebook


def test_a_notebook_runs_with_its_outputs():
    notebook = new_notebook(cells=[
        new_code_cell("let x = 40"),
        new_code_cell('print("hi")\nx + 2'),
        new_code_cell("undefinedName"),
    ])
    _run(notebook)
    first, second, third = notebook.cells
    assert first.outputs == []
    assert [o.output_type for o in second.outputs] == ["stream", "execute_result"]
    assert second.outputs[0].text == "hi\n"
    assert second.outputs[1].data["text/plain"] == "42"
    assert second.execution_count == 2
    assert third.outputs[0].output_type == "error"
    assert third.outputs[0].ename == "NameError"


def test_the_tour_notebook_runs_without_errors():
    notebook = nbformat.read(ROOT / "notebooks" / "tour.ipynb", as_version=4)
    _run(notebook)
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
              if o.output_type == "error"]
    assert errors == []
