//DEPS io.vertx:vertx-web-client:5.2.0
// (5.2.0, not the adapters' 5.2.3: vertx-web-client 5.2.3 needs vertx-web-parent 5.2.3, which the
// Maven Central mirror this project builds against does not serve; see vertx.version in pom.xml)
// A Vert.x web client call to a local Vert.x HTTP server, on the `vertx` runner:
// cells run on a Vert.x virtual-thread context and `vertx()` is the session's Vertx.
// Run: ./jawait run examples/vertx-web-client.jsh
import io.vertx.core.*;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;

%autoawait vertx

var server = await vertx().createHttpServer()
        .requestHandler(request -> request.response().end("hello from Vert.x " + request.path()))
        .listen(0, "127.0.0.1");
var client = WebClient.create(vertx());
var response = await client.get(server.actualPort(), "127.0.0.1", "/jawait").send();
String body = response.bodyAsString();
System.out.println(response.statusCode() + " " + body);
await server.close();
if (!body.equals("hello from Vert.x /jawait")) throw new AssertionError(body);
