"""The cells of the soak (bench/soak, Tests/integration/test_soak.py): charts, each a new bundle of
PNG, SVG and PDF that history keeps a bounded record of, and closures and functions defined again
and again under the same names (a recursive one among them), as a re-run notebook cell defines them."""


def chart_cell(i: int) -> str:
    return f"LinePlot([{i % 7}.0, 2, {i % 5}.5, 4], title: \"run {i}\")"


def closure_cell(i: int) -> str:
    return (f"let add = {{ (x: Int) -> Int in x + {i} }}\n"
            f"func twice(_ f: (Int) -> Int, _ x: Int) -> Int {{ f(f(x)) }}\n"
            f"let counter: () -> Int = {{ var n = {i}; return {{ n += 1; return n }}() }}\n"
            f"func fact(_ n: Int) -> Int {{ n <= {i % 3 + 1} ? 1 : n * fact(n - 1) }}\n"
            f"twice(add, {i}) + counter() + fact(5)")


def run_cells(kc, cells, timeout: float = 60):
    """Executes `cells` one after another; every reply must be ok."""
    for code in cells:
        msg_id = kc.execute(code)
        while True:
            reply = kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        assert reply["content"]["status"] == "ok", (code, reply["content"])
        while kc.iopub_channel.msg_ready():
            kc.get_iopub_msg(timeout=1)
