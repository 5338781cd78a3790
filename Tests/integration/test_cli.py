"""The `loupe` command line: --version, install, run, render."""
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from conftest import LAUNCHER, LOUPE

JUPYTER = str(pathlib.Path(sys.executable).with_name("jupyter"))


def loupe(*args, env=None, **kwargs):
    return subprocess.run([LOUPE, *args], capture_output=True, text=True, timeout=60,
                          env=env or os.environ, **kwargs)


def test_version():
    result = loupe("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "0.1.0"


def _check_spec(directory: pathlib.Path):
    spec = json.loads((directory / "kernel.json").read_text())
    launcher = os.path.realpath(LAUNCHER)
    assert spec["argv"] == [launcher, os.path.realpath(LOUPE), "kernel", "-f", "{connection_file}"]
    assert spec["language"] == "swift"
    assert spec["interrupt_mode"] == "message"
    for size in (32, 64):
        from PIL import Image
        with Image.open(directory / f"logo-{size}x{size}.png") as logo:
            assert logo.size == (size, size)


def test_install_with_prefix_is_listed_by_jupyter(tmp_path):
    result = loupe("install", "--prefix", str(tmp_path), "--name", "loupe-prefix")
    assert result.returncode == 0, result.stderr
    directory = tmp_path / "share" / "jupyter" / "kernels" / "loupe-prefix"
    _check_spec(directory)
    env = dict(os.environ, JUPYTER_PATH=str(tmp_path / "share" / "jupyter"))
    listing = subprocess.run([JUPYTER, "kernelspec", "list"], capture_output=True, text=True, env=env, timeout=60)
    assert "loupe-prefix" in listing.stdout


def test_install_sys_prefix_uses_the_virtual_env(tmp_path):
    env = dict(os.environ, VIRTUAL_ENV=str(tmp_path))
    result = loupe("install", "--sys-prefix", env=env)
    assert result.returncode == 0, result.stderr
    _check_spec(tmp_path / "share" / "jupyter" / "kernels" / "loupe")


def test_install_user_uses_the_jupyter_data_dir(tmp_path):
    env = dict(os.environ, JUPYTER_DATA_DIR=str(tmp_path))
    assert loupe("install", "--user", env=env).returncode == 0
    _check_spec(tmp_path / "kernels" / "loupe")


def test_install_without_a_launcher_beside_loupe_runs_loupe_directly(tmp_path):
    alone = tmp_path / "bin" / "loupe"
    alone.parent.mkdir()
    try:
        os.link(os.path.realpath(LOUPE), alone)
    except OSError:
        shutil.copy2(os.path.realpath(LOUPE), alone)
    result = subprocess.run([str(alone), "install", "--prefix", str(tmp_path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "directly" in result.stdout
    spec = json.loads((tmp_path / "share" / "jupyter" / "kernels" / "loupe" / "kernel.json").read_text())
    assert spec["argv"] == [str(alone), "kernel", "-f", "{connection_file}"]


def test_install_refuses_two_locations_and_bad_names(tmp_path):
    assert loupe("install", "--user", "--prefix", str(tmp_path)).returncode != 0
    assert loupe("install", "--prefix", str(tmp_path), "--name", "../evil").returncode != 0


def test_render_needs_an_svg_or_png_output(tmp_path):
    script = tmp_path / "chart.swift"
    script.write_text("1 + 2\n")
    result = loupe("render", str(script), "-o", str(tmp_path / "out.txt"))
    assert result.returncode != 0
    assert ".svg or .png" in result.stderr


def test_run_reports_a_missing_file(tmp_path):
    result = loupe("run", str(tmp_path / "missing.swift"))
    assert result.returncode != 0
    assert "cannot read" in result.stderr


def test_run_splits_cells_and_prints_results(tmp_path):
    script = tmp_path / "cells.swift"
    script.write_text('let x = 2\nprint("start")\n// %%\nx * 21\n// %%\nprint("end")\n')
    result = loupe("run", str(script))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "start\n42\nend\n"


def test_run_stops_at_an_error_with_a_plain_traceback(tmp_path):
    script = tmp_path / "broken.swift"
    script.write_text('print("before")\n// %%\nlet y = modle\n// %%\nprint("after")\n')
    result = loupe("run", str(script))
    assert result.returncode == 1
    assert result.stdout == "before\n"
    assert "cannot find 'modle' in scope" in result.stderr
    assert "\x1b[" not in result.stderr


def test_render_refuses_a_result_that_is_not_a_chart(tmp_path):
    script = tmp_path / "number.swift"
    script.write_text("1 + 2\n")
    result = loupe("render", str(script), "-o", str(tmp_path / "out.svg"))
    assert result.returncode != 0
    assert "not a chart" in result.stderr
