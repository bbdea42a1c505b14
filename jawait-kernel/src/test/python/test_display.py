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


XCHART = "org.knowm.xchart:xchart:4.0.3"
VECTOR_GRAPHICS = "de.erichseifert.vectorgraphics2d:VectorGraphics2D:0.13"  # XChart 4's optional SVG writer
TABLESAW = "tech.tablesaw:tablesaw-core:0.44.4"


def png_size(data):
    import base64
    import struct
    png = base64.b64decode(data["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n", png[:8]
    return struct.unpack(">II", png[16:24])


def test_an_xchart_chart_added_with_maven_is_a_png_and_an_svg_once_its_vector_library_is_there(kernel):
    _, kc = kernel
    run(kc, "%maven " + XCHART)
    out = run(kc, 'var squares = new org.knowm.xchart.XYChartBuilder().width(400).height(300).title("Squares").build();\n'
                  'squares.addSeries("x^2", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
                  'display(squares);')
    data = shown(out, "display_data")[0]["content"]["data"]
    assert png_size(data) == (400, 300)
    assert "image/svg+xml" not in data, "XChart 4 without VectorGraphics2D cannot write SVG"
    run(kc, "%maven " + VECTOR_GRAPHICS)
    data = shown(run(kc, "squares"), "execute_result")[0]["content"]["data"]
    assert png_size(data) == (400, 300)
    svg = data["image/svg+xml"]
    assert svg.startswith("<svg ") and 'width="400px"' in svg and svg.rstrip().endswith("</svg>"), svg[:300]


def test_a_tablesaw_table_is_an_html_table_and_tablesaws_own_text(kernel):
    _, kc = kernel
    run(kc, "%maven " + TABLESAW)
    out = run(kc, 'var cities = tech.tablesaw.api.Table.create("cities",\n'
                  '    tech.tablesaw.api.StringColumn.create("name", "Lyon", "Nantes"),\n'
                  '    tech.tablesaw.api.IntColumn.create("people", 522000, 320000));\n'
                  'cities')
    data = shown(out, "execute_result")[0]["content"]["data"]
    assert "<th>name</th><th>people</th>" in data["text/html"], data
    assert "<td>Lyon</td><td>522000</td>" in data["text/html"] and "<p>2 rows</p>" in data["text/html"], data
    lines = data["text/plain"].splitlines()
    assert lines[0].strip() == "cities" and "name" in lines[1] and "|" in lines[1], data["text/plain"]
    assert any("Nantes" in line and "320000" in line for line in lines), data["text/plain"]
    out = run(kc, 'tech.tablesaw.api.Table.create("many", tech.tablesaw.api.IntColumn.indexColumn("i", 120, 0))')
    html = shown(out, "execute_result")[0]["content"]["data"]["text/html"]
    assert "<p>first 50 of 120 rows</p>" in html and "<td>49</td>" in html and "<td>50</td>" not in html, html
