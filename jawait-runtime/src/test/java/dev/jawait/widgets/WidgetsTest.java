package dev.jawait.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.comm.Comm;
import dev.jawait.comm.CommMessage;
import dev.jawait.comm.CommTransport;
import dev.jawait.comm.Comms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widgets' side of protocol 2 against a recording transport: state, echo rules, listeners, futures. */
class WidgetsTest {
    record Sent(String kind, String commId, Map<String, Object> data) { }

    static final List<Sent> SENT = new ArrayList<>();

    @BeforeAll
    static void recordWhatIsSent() {
        Comms.install(new CommTransport() {
            @Override
            public synchronized void open(Comm comm, CommMessage message) {
                SENT.add(new Sent("open", comm.id(), message.data()));
            }

            @Override
            public synchronized void send(Comm comm, CommMessage message) {
                SENT.add(new Sent("msg", comm.id(), message.data()));
            }

            @Override
            public synchronized void close(Comm comm, CommMessage message) {
                SENT.add(new Sent("close", comm.id(), message.data()));
            }

            @Override
            public String currentRequestId() {
                return "cell-1";
            }

            @Override
            public boolean connected() {
                return true;
            }
        });
    }

    @BeforeEach
    void clear() {
        SENT.clear();
    }

    private static void fromFrontEnd(Widget widget, Map<String, Object> data) {
        assertTrue(Comms.receivedFromFrontEnd(widget.modelId(), CommMessage.of(data)));
    }

    private static List<Sent> sentTo(Widget widget) {
        return SENT.stream().filter(s -> s.commId().equals(widget.modelId())).toList();
    }

    @Test
    void theOpenMessageCarriesTheStateAsIpywidgets6AndAsProtocol2xOf7() {
        IntSlider slider = new IntSlider(0, 10, 3);
        Map<String, Object> open = SENT.stream().filter(s -> s.kind().equals("open") && s.commId().equals(slider.modelId()))
                .findFirst().orElseThrow().data();
        assertEquals(3, open.get("value"), "flat, as ipywidgets 6 (Notebook 6's widgets) reads it");
        assertEquals(slider.state(), open.get("state"), "under state, as nbclient reads it");
        assertEquals(List.of(), open.get("buffer_paths"));
    }

    @Test
    void aSliderOpensItsStyleAndLayoutFirstWithTheModelNamesOfJupyterJsWidgets21() {
        IntSlider slider = new IntSlider(0, 10, 3);
        assertEquals(List.of("SliderStyleModel", "LayoutModel", "IntSliderModel"),
                SENT.stream().map(s -> s.data().get("_model_name")).toList());
        Map<String, Object> state = SENT.getLast().data();
        assertEquals("IntSliderView", state.get("_view_name"));
        assertEquals("~2.1.4", state.get("_model_module_version"));
        assertEquals("IPY_MODEL_" + SENT.getFirst().commId(), state.get("style"));
        assertEquals("IPY_MODEL_" + SENT.get(1).commId(), state.get("layout"));
        assertEquals(3, state.get("value"));
        assertEquals("IntSlider(value=3, min=0, max=10, description=\"\")", slider.toString());
    }

    @Test
    void aValueFromTheFrontEndIsKeptTold_andNotEchoed() {
        IntSlider slider = new IntSlider(0, 10, 3);
        List<Integer> seen = new ArrayList<>();
        slider.onChange(seen::add);
        CompletableFuture<Integer> next = slider.nextChange();
        SENT.clear();
        fromFrontEnd(slider, Map.of("method", "backbone", "sync_data", Map.of("value", 7)));
        assertEquals(7, slider.value());
        assertEquals(List.of(7), seen);
        assertEquals(7, next.join());
        assertEquals(List.of(), SENT, "no echo of what the front end sent");
    }

    @Test
    void aListenerThatChangesTheValueAgainIsSent() {
        IntSlider slider = new IntSlider(0, 10, 3);
        slider.onChange(value -> slider.setValue(value - value % 2)); // only even values
        SENT.clear();
        fromFrontEnd(slider, Map.of("method", "backbone", "sync_data", Map.of("value", 7)));
        assertEquals(6, slider.value());
        assertEquals(List.of(Map.of("method", "update", "state", Map.of("value", 6), "buffers", List.of())),
                sentTo(slider).stream().map(Sent::data).toList());
    }

    @Test
    void javaChangesAreSentOnceAndUnchangedValuesNotAtAll() {
        FloatSlider slider = new FloatSlider(0, 1, 0.5);
        SENT.clear();
        slider.setValue(0.25);
        slider.setValue(0.25);
        slider.setValue(5); // clamped
        assertEquals(List.of(Map.of("value", 0.25), Map.of("value", 1.0)),
                sentTo(slider).stream().map(s -> s.data().get("state")).toList());
        fromFrontEnd(slider, Map.of("method", "backbone", "sync_data", Map.of("value", 0))); // JSON's 0, an int
        assertEquals(0.0, slider.value());
    }

    @Test
    void aClickCompletesNextClickAndRunsTheListeners() {
        Button button = new Button("Go");
        List<String> clicks = new ArrayList<>();
        button.onClick(b -> clicks.add(b.description()));
        CompletableFuture<Button> next = button.nextClick();
        assertFalse(next.isDone());
        fromFrontEnd(button, Map.of("method", "custom", "content", Map.of("event", "click")));
        assertEquals(button, next.join());
        assertEquals(List.of("Go"), clicks);
        assertFalse(button.nextClick().isDone(), "each nextClick() waits for a click after it");
    }

    @Test
    void requestStateSendsTheWholeState() {
        Checkbox box = new Checkbox(true);
        SENT.clear();
        fromFrontEnd(box, Map.of("method", "request_state"));
        assertEquals(box.state(), sentTo(box).getFirst().data().get("state"));
    }

    @Test
    void aDropdownRefusesAnOptionItDoesNotHave() {
        Dropdown dropdown = new Dropdown("red", "green");
        assertEquals("red", dropdown.value());
        var e = assertThrows(IllegalArgumentException.class, () -> dropdown.setValue("blue"));
        assertEquals("Dropdown: blue is not one of [red, green]", e.getMessage());
        dropdown.setValue("green");
        assertEquals("green", dropdown.value());
    }

    @Test
    void boxesReferToTheirChildrenAndDisplayIsTheWidgetView() {
        Text text = new Text("hi");
        VBox box = new VBox(text, new HBox());
        assertEquals("IPY_MODEL_" + text.modelId(), ((List<?>) box.get("children")).getFirst());
        SENT.clear();
        box.beforeShown();
        assertEquals(List.of(Map.of("method", "display")), sentTo(box).stream().map(Sent::data).toList());
        assertEquals(Map.of("model_id", box.modelId(), "version_major", 2, "version_minor", 0),
                box.viewBundle().get("application/vnd.jupyter.widget-view+json"));
    }

    @Test
    void outputCapturesUnderTheCurrentRequest() {
        Output output = new Output();
        List<Object> ids = new ArrayList<>();
        output.capture(() -> ids.add(output.get("msg_id")));
        assertEquals(List.of("cell-1"), ids);
        assertEquals("", output.get("msg_id"));
    }

    @Test
    void aClosedWidgetSendsComm_closeAndNoLongerReceives() {
        Text text = new Text();
        text.close();
        assertEquals("close", SENT.getLast().kind());
        assertFalse(Comms.receivedFromFrontEnd(text.modelId(), CommMessage.of(Map.of())));
    }

    @Test
    void anImageSendsItsBytesBase64EncodedAsIpywidgets6Does() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1};
        Image image = new Image(png);
        Map<String, Object> open = sentTo(image).getFirst().data();
        assertEquals("ImageModel", open.get("_model_name"));
        assertEquals("ImageView", open.get("_view_name"));
        assertEquals("png", open.get("format"));
        assertEquals(java.util.Base64.getEncoder().encodeToString(png), open.get("_b64value"));
        image.setValue(new byte[] {1, 2});
        assertEquals(Map.of("method", "update", "state", Map.of("_b64value", "AQI="), "buffers", List.of()),
                sentTo(image).getLast().data());
        assertArrayEquals(new byte[] {1, 2}, image.value());
        assertEquals("Image(format=\"png\", width=\"\", height=\"\")", image.toString());
    }
}
