"""Shared set-up for the integration tests: the kernelspec `loupe install`
writes for the built `loupe` binary, installed under a temporary prefix that
JUPYTER_PATH names. Its argv runs `loupe-launch` beside the binary (the build
makes both), so every test starts the kernel the way Jupyter does.

LOUPE_BIN names the binary to test; by default the one `make test` builds.
"""
import base64
import contextlib
import os
import pathlib
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
LOUPE = os.environ.get("LOUPE_BIN") or str(ROOT / ".build-test" / "release" / "loupe")
KERNEL_NAME = "loupe-test"

LAUNCHER = str(pathlib.Path(LOUPE).with_name("loupe-launch"))

_prefix = pathlib.Path(tempfile.mkdtemp(prefix="loupe-jupyter-prefix-"))
_installed = subprocess.run([LOUPE, "install", "--prefix", str(_prefix), "--name", KERNEL_NAME],
                            capture_output=True, text=True, timeout=60)
if _installed.returncode != 0:
    raise RuntimeError(f"`{LOUPE} install --prefix` failed: {_installed.stderr}")
_spec_root = _prefix / "share" / "jupyter"
SPEC_FILE = _spec_root / "kernels" / KERNEL_NAME / "kernel.json"
os.environ["JUPYTER_PATH"] = str(_spec_root) + os.pathsep + os.environ.get("JUPYTER_PATH", "")
os.environ.setdefault("IPYTHONDIR", tempfile.mkdtemp(prefix="loupe-ipython-"))
os.environ["JUPYTER_PLATFORM_DIRS"] = "1"


@contextlib.contextmanager
def started_kernel(manager_options=None, **start_options):
    """A Loupe kernel with no client yet, shut down on leaving. `manager_options` go to KernelManager
    (`transport_encryption`), `start_options` to start_kernel (`env`, `stderr`)."""
    from jupyter_client import KernelManager
    km = KernelManager(kernel_name=KERNEL_NAME, **(manager_options or {}))
    km.start_kernel(**start_options)
    try:
        yield km
    finally:
        km.shutdown_kernel(now=True)


@contextlib.contextmanager
def running_kernel(manager_options=None, **start_options):
    """`started_kernel` and a blocking client that has seen it ready."""
    with started_kernel(manager_options, **start_options) as km:
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=30)
            yield km, kc
        finally:
            kc.stop_channels()


def connection_key(km) -> bytes:
    """The kernel's signing key, for hand-made messages."""
    key = km.get_connection_info()["key"]
    return key if isinstance(key, bytes) else key.encode()


@pytest.fixture(scope="module")
def kernel():
    """A running Loupe kernel and a blocking client, shared by a module's tests."""
    with running_kernel() as (km, kc):
        yield km, kc


def kernel_pid(km) -> int:
    return km.provisioner.process.pid


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def execute(kc, code: str, timeout: float = 30, **kwargs):
    """Runs code; returns (reply, iopub messages up to idle)."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append, **kwargs)
    return reply, outputs


def executed_notebook(name: str, timeout: int = 300):
    """notebooks/NAME.ipynb executed by nbclient against the built kernel (errors kept as outputs)."""
    import nbformat
    from nbclient import NotebookClient
    notebook = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=timeout, allow_errors=True).execute()
    return notebook


def code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def cell_containing(notebook, text: str):
    """The first code cell whose source contains `text`."""
    return next(cell for cell in code_cells(notebook) if text in cell.source)


def cell_result(cell):
    """The data of a cell's execute_result."""
    return next(output for output in cell.outputs if output.output_type == "execute_result").data


def assert_svg_png_and_text(data):
    """A view's bundle: an SVG, a PNG and a text description."""
    assert data["image/svg+xml"].lstrip().startswith("<svg")
    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG\r\n\x1a\n")
    assert data["text/plain"].strip()


def cell_errors(notebook):
    """(first line, evalue) of every error output."""
    return [(cell.source.splitlines()[0], output.get("evalue"))
            for cell in code_cells(notebook) for output in cell.outputs if output.output_type == "error"]


@pytest.fixture(scope="session")
def executed_tour():
    """notebooks/tour.ipynb executed once, for every test module that reads its outputs."""
    return executed_notebook("tour")
