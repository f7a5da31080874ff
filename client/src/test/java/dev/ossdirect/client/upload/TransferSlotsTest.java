package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.client.async.Cancellable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferSlotsTest {

  @Test
  void grantsUpToTheCapacityThenServesWaitersInOrder() {
    TransferSlots slots = new TransferSlots(2);
    List<String> granted = new ArrayList<>();
    List<TransferSlots.Slot> held = new ArrayList<>();
    for (String name : new String[] {"a", "b", "c", "d"}) {
      slots.acquire(slot -> {
        granted.add(name);
        held.add(slot);
      });
    }
    assertEquals(List.of("a", "b"), granted);
    held.get(0).release();
    held.get(0).release();
    assertEquals(List.of("a", "b", "c"), granted);
    assertEquals(2, slots.inUse());
    held.get(1).release();
    held.get(2).release();
    held.get(3).release();
    assertEquals(List.of("a", "b", "c", "d"), granted);
    assertEquals(0, slots.inUse());
  }

  @Test
  void aWaiterThatGivesUpIsSkipped() {
    TransferSlots slots = new TransferSlots(1);
    List<TransferSlots.Slot> held = new ArrayList<>();
    List<String> granted = new ArrayList<>();
    slots.acquire(held::add);
    Cancellable waiting = slots.acquire(slot -> granted.add("gave up"));
    slots.acquire(slot -> granted.add("waited"));
    waiting.cancel();
    held.get(0).release();
    assertEquals(List.of("waited"), granted);
  }
}
