//DEPS io.reactivex.rxjava3:rxjava:3.1.12
// An RxJava 3 stream with for await, and a Single awaited.
// Run: ./jawait run examples/rxjava-stream.jsh
import io.reactivex.rxjava3.core.*;
import io.reactivex.rxjava3.core.Observable;
import java.util.concurrent.TimeUnit;

var ticks = new ArrayList<Long>();
// for await asks for one item at a time; a timer cannot wait for the loop, so buffer its ticks
for await (long tick : Flowable.interval(10, TimeUnit.MILLISECONDS).onBackpressureBuffer().take(5)) {
    ticks.add(tick);
}
System.out.println("ticks " + ticks);

var words = new ArrayList<String>();
for await (String word : Observable.just("await", "for", "rxjava")) words.add(word);

long letters = await Observable.fromIterable(words).map(String::length).reduce(0, Integer::sum).map(Integer::longValue);
System.out.println(words + " " + letters + " letters");
String single = await Single.just("done").delay(20, TimeUnit.MILLISECONDS);
System.out.println(single);
if (ticks.size() != 5 || letters != 14 || !single.equals("done")) throw new AssertionError(ticks + " " + letters + " " + single);
