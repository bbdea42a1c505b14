"""jupyter_kernel_test, the Jupyter project's kernel conformance suite, with every sample filled in."""
import os
import unittest

import jupyter_kernel_test as jkt

jkt.TIMEOUT = 60  # the first cell compiles with a cold JShell


class JawaitKernelTests(jkt.KernelTests):
    kernel_name = os.environ.get("JAWAIT_KERNEL", "jawait")

    language_name = "java"
    file_extension = ".jsh"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "String.valueO", "matches": {"valueOf("}},
        {"text": "Integer.MAX_V", "matches": {"MAX_VALUE"}},
        {"text": "await slee", "matches": {"sleep("}},
        {"text": "%auto", "matches": {"autoawait"}},
    ]

    complete_code_samples = ["1 + 1", "int x = 3;", "for (int i = 0; i < 2; i++) { }", "await sleep(1)", ""]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "int y = (1 +", "String s = \"\"\"\nabc"]
    invalid_code_samples = ["int x = 1;)", "}"]

    code_page_something = "String?"

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "await CompletableFuture.completedFuture(\"x\")", "result": "\"x\""},
        {"code": "var html = new Object() { public String toHtml() { return \"<b>hi</b>\"; } }; html",
         "mime": "text/html", "result": "<b>hi</b>"},
    ]

    code_display_data = [
        {"code": 'display(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB));',
         "mime": "image/png"},
        {"code": 'display("some text");', "mime": "text/plain"},
    ]

    code_history_pattern = "6 * ?"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max("  # inside the call, where Shift-Tab asks

    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main()
