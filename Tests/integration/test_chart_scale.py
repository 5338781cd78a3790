"""Charts at scale through the real kernel: a 2000 × 2000 heatmap is one
embedded image (a message under 5 MB, drawn in under a second of the kernel's
CPU), and a 20 000-character title is laid out in linear-ish time."""
import json
import os

from conftest import execute, kernel_pid


def _cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _result(outputs):
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert len(results) == 1, [m["msg_type"] for m in outputs]
    return results[0]["content"]


def test_a_2000_by_2000_heatmap_is_one_light_message(kernel):
    km, kc = kernel
    execute(kc, "seed(1)\nlet big = Tensor(randomNormal: [2000, 2000])", timeout=120)
    pid = kernel_pid(km)
    before = _cpu_seconds(pid)
    reply, outputs = execute(kc, 'Heatmap(big, title: "2000 × 2000")', timeout=120)
    cpu = _cpu_seconds(pid) - before
    assert reply["content"]["status"] == "ok"
    content = _result(outputs)
    size = len(json.dumps(content))
    assert size < 5_000_000, size
    assert content["data"]["image/svg+xml"].count("<image ") == 1
    assert cpu < 1.0, f"{cpu:.2f} s of kernel CPU"


def test_a_20000_character_title_is_quick(kernel):
    km, kc = kernel
    pid = kernel_pid(km)
    before = _cpu_seconds(pid)
    reply, outputs = execute(kc, 'LinePlot([1, 2, 3], title: String(repeating: "word ", count: 4000))', timeout=120)
    cpu = _cpu_seconds(pid) - before
    assert reply["content"]["status"] == "ok"
    assert "…" in _result(outputs)["data"]["image/svg+xml"]
    assert cpu < 1.0, f"{cpu:.2f} s of kernel CPU"
