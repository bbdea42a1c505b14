// The JDK's HttpClient.sendAsync against a local server, awaited: no dependencies.
// Run: ./jawait run examples/http-client.jsh
import com.sun.net.httpserver.HttpServer;
import java.net.http.*;

var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
server.createContext("/hello", exchange -> {
    byte[] body = ("hello " + exchange.getRequestURI().getQuery()).getBytes();
    exchange.sendResponseHeaders(200, body.length);
    try (var out = exchange.getResponseBody()) { out.write(body); }
});
server.start();
var client = HttpClient.newHttpClient();
var uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hello?jawait");

HttpResponse<String> response = await client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
System.out.println(response.statusCode() + " " + response.body());

// several requests at once, gathered in order
List<CompletableFuture<String>> requests = new ArrayList<>();
for (int i = 1; i <= 3; i++) {
    requests.add(client.sendAsync(HttpRequest.newBuilder(URI.create(uri.toString() + i)).build(),
            HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body));
}
List<String> pages = await gather(requests);
System.out.println(pages);
server.stop(0);
if (!response.body().equals("hello jawait") || pages.size() != 3) throw new AssertionError("unexpected: " + response.body() + " " + pages);
