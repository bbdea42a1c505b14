"""Starts the kernelspec named jawait found through JUPYTER_PATH, as Jupyter would, and awaits in it.

Prints two lines: the kernel_info reply's implementation_version, then the text/plain of the
execute_result of `await CompletableFuture.supplyAsync(() -> 21 * 2)`.
Run by ReleaseArchiveIT with Debian's /usr/bin/python3.
"""
from jupyter_client.manager import start_new_kernel

km, kc = start_new_kernel(kernel_name="jawait", startup_timeout=120)
try:
    msg_id = kc.kernel_info()
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    print(reply["content"]["implementation_version"])
    results = []

    def keep(msg):
        if msg["msg_type"] == "execute_result":
            results.append(msg["content"]["data"]["text/plain"])

    kc.execute_interactive("await CompletableFuture.supplyAsync(() -> 21 * 2)", timeout=120, output_hook=keep)
    print(results[0] if results else "no execute_result")
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
