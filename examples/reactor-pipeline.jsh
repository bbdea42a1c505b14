//DEPS io.projectreactor:reactor-core:3.8.8
// A Reactor pipeline: await a Mono (static type kept), iterate a Flux with for await.
// Run: ./jawait run examples/reactor-pipeline.jsh
import reactor.core.publisher.*;

String greeting = await Mono.just("hi").delayElement(Duration.ofMillis(100));
System.out.println(greeting.toUpperCase());

var squares = Flux.range(1, 1_000_000).map(i -> i * i).filter(i -> i % 2 == 1);
var firstFive = new ArrayList<Integer>();
for await (int square : squares) {          // one item requested at a time
    firstFive.add(square);
    if (firstFive.size() == 5) break;         // cancels the rest of the million
}
System.out.println(firstFive);

int sum = await Flux.fromIterable(firstFive).reduce(0, Integer::sum);
System.out.println("sum " + sum);
if (!firstFive.equals(List.of(1, 9, 25, 49, 81)) || sum != 165) throw new AssertionError(firstFive + " " + sum);
