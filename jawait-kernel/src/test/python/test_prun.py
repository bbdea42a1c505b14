"""%prun in Jupyter: the profile comes as one display_data with an HTML table and a flame graph."""
from conftest import execute as run


def test_prun_sends_an_html_table_and_a_flame_graph(kernel):
    _, kc = kernel
    reply, _ = run(kc, "long hot(long n) {\n    long sum = 0;\n    for (long i = 0; i < n; i++) { sum += (i * i) % 7; }\n"
                       "    return sum;\n}")
    assert reply["content"]["status"] == "ok"
    reply, out = run(kc, "%prun hot(300_000_000L)")
    assert reply["content"]["status"] == "ok", reply["content"]
    shown = [m["content"]["data"] for m in out if m["msg_type"] == "display_data"]
    assert len(shown) == 1, [m["msg_type"] for m in out]
    html = shown[0]["text/html"]
    assert "<table>" in html and "<b>hot</b>" in html, html
    assert "<svg" in html and "<title>hot (In[" in html, html
    assert "<script" not in html
    text = shown[0]["text/plain"]
    assert "function (where)" in text and "hot (In[" in text, text
    assert "REPL." not in text and "dev.jawait" not in text, text
    results = [m for m in out if m["msg_type"] == "execute_result"]
    assert len(results) == 1 and results[0]["content"]["data"]["text/plain"].isdigit(), results
