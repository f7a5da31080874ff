package dev.ossdirect.bench.memory;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Samples another JVM's heap from outside it, through JMX: the JDK's attach API starts the process's
 * local management agent, so the process needs no flag of its own. A background thread reads the heap
 * in use every {@value #PERIOD_MILLIS} ms, and the old generation's use (what survived collections).
 */
final class HeapSampler implements AutoCloseable {

  static final int PERIOD_MILLIS = 10;

  private final JMXConnector connector;
  private final MemoryMXBean memory;
  private final List<MemoryPoolMXBean> oldGenerations = new ArrayList<>();
  private volatile Thread sampling;
  private volatile long peakUsed;
  private volatile long peakOld;
  private volatile int samples;

  private HeapSampler(JMXConnector connector) throws IOException, JMException {
    this.connector = connector;
    MBeanServerConnection server = connector.getMBeanServerConnection();
    memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    for (ObjectName name : server.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
      MemoryPoolMXBean pool = ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), MemoryPoolMXBean.class);
      if (pool.getName().contains("Old Gen") || pool.getName().contains("Tenured")) {
        oldGenerations.add(pool);
      }
    }
  }

  static HeapSampler attach(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    return new HeapSampler(JMXConnectorFactory.connect(new JMXServiceURL(address)));
  }

  /** Bytes of heap in use now. */
  long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Bytes of old generation in use now. */
  long oldGenerationUsed() {
    return oldGenerations.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }

  /** Asks the JVM to collect garbage, as {@code System.gc()} there would. */
  void collectGarbage() {
    memory.gc();
  }

  /** Starts sampling, forgetting earlier peaks. */
  void start() {
    peakUsed = 0;
    peakOld = 0;
    samples = 0;
    Thread thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          peakUsed = Math.max(peakUsed, used());
          peakOld = Math.max(peakOld, oldGenerationUsed());
          samples++;
          Thread.sleep(PERIOD_MILLIS);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          return; // the process went away
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    sampling = thread;
    thread.start();
  }

  void stop() throws InterruptedException {
    sampling.interrupt();
    sampling.join();
  }

  long peakUsed() {
    return peakUsed;
  }

  long peakOldGeneration() {
    return peakOld;
  }

  int samples() {
    return samples;
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
