"""Raw and rich display through a real jupyter_client: JJava's calls, helpers, raw bundles."""
from conftest import execute


def run(kc, code):
    reply, out = execute(kc, code)
    assert reply["content"]["status"] == "ok", reply["content"]
    return out


def shown(out, *types):
    return [m for m in out if m["msg_type"] in (types or ("display_data", "update_display_data", "execute_result"))]


def test_a_string_with_a_mime_type_is_that_type(kernel):
    _, kc = kernel
    out = run(kc, 'display("<b>bold</b>", "text/html")')
    msgs = shown(out)
    assert [m["msg_type"] for m in msgs] == ["display_data"], "the display, and no execute_result with its id"
    data = msgs[0]["content"]["data"]
    assert data["text/html"] == "<b>bold</b>"
    assert msgs[0]["content"]["transient"]["display_id"]


def test_update_display_in_jjava_order_updates_it(kernel):
    _, kc = kernel
    out = run(kc, 'String id = display("<b>0%</b>", "text/html");\n'
                  'updateDisplay(id, "<b>100%</b>", "text/html");\n'
                  'updateDisplay(id, "done");')
    msgs = shown(out)
    assert [m["msg_type"] for m in msgs] == ["display_data", "update_display_data", "update_display_data"]
    ids = {m["content"]["transient"]["display_id"] for m in msgs}
    assert len(ids) == 1
    assert msgs[1]["content"]["data"]["text/html"] == "<b>100%</b>"
    assert msgs[2]["content"]["data"] == {"text/plain": '"done"'}


def test_raw_bundles_helpers_and_json(kernel):
    _, kc = kernel
    out = run(kc, 'display(Map.of("text/html", "<p>raw</p>", "text/plain", "raw"));\n'
                  'display(markdown("**md**"));\n'
                  'display(json("{\\"a\\": [1, 2]}"));\n'
                  'display(svg("<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"4\\" height=\\"4\\"/>"));\n'
                  'display(latex("$x^2$"));\n'
                  'html("<i>value</i>")')
    data = [m["content"]["data"] for m in shown(out)]
    assert data[0] == {"text/html": "<p>raw</p>", "text/plain": "raw"}
    assert data[1]["text/markdown"] == "**md**"
    assert data[2]["application/json"] == {"a": [1, 2]}
    assert data[3]["image/svg+xml"].startswith("<svg") and data[3]["text/plain"] == "[image/svg+xml]"
    assert data[4]["text/latex"] == "$x^2$"
    assert data[5]["text/html"] == "<i>value</i>"
    assert shown(out)[5]["msg_type"] == "execute_result"


def test_render_keeps_the_types_asked_for(kernel):
    _, kc = kernel
    out = run(kc, 'record Card(String name) { public String toHtml() { return "<b>" + name + "</b>"; } }\n'
                  'display(render(new Card("a"), "text/html"));')
    data = shown(out)[0]["content"]["data"]
    assert data == {"text/plain": 'Card[name="a"]', "text/html": "<b>a</b>"}, data


def test_a_list_of_records_is_a_table(kernel):
    _, kc = kernel
    out = run(kc, 'record City(String name, int people) {}\n'
                  'List.of(new City("Lyon", 522_000), new City("Nantes", 320_000))')
    result = shown(out, "execute_result")[0]["content"]["data"]
    assert "<th>name</th><th>people</th>" in result["text/html"], result
    assert "<td>Lyon</td><td>522000</td>" in result["text/html"] and "2 rows" in result["text/html"]
    assert result["text/plain"].startswith("[City[name=")


def test_a_chart_from_a_library_on_the_class_path_is_a_png(kernel):
    import base64
    import glob
    import os
    _, kc = kernel
    jar = os.environ.get("JAWAIT_TEST_CHART_JAR") or (glob.glob(os.path.expanduser(
        "~/.m2/repository/org/jfree/jfreechart/1.5.6/jfreechart-1.5.6.jar")) or [None])[0]
    assert jar, "JupyterClientsIT passes the jar of its test dependency jfreechart"
    run(kc, "%jars " + jar)
    out = run(kc, 'var data = new org.jfree.data.general.DefaultPieDataset<String>();\n'
                  'data.setValue("a", 1); data.setValue("b", 2);\n'
                  'display(org.jfree.chart.ChartFactory.createPieChart("Pie", data));')
    png = base64.b64decode(shown(out, "display_data")[0]["content"]["data"]["image/png"])
    assert png[:4] == b"\x89PNG"
