/** The jawait Jupyter kernel: the messaging protocol 5.3 over ZeroMQ (JeroMQ) on the Session API. */
module dev.jawait.kernel {
    requires dev.jawait.core;
    requires org.zeromq.jeromq;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires java.management;

    exports dev.jawait.kernel;

    uses dev.jawait.kernel.MimeRenderer;
}
