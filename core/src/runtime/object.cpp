#include "runtime/object.h"

namespace scopeplay::runtime {

void release_object(Object* o) { o->heap->free(o); }

void Heap::adopt(Object* o, std::size_t bytes) {
  o->heap = this;
  o->next = head_.next;
  o->prev = &head_;
  head_.next->prev = o;
  head_.next = o;
  ++live_;
  charge(o, bytes);
}

void Heap::charge(Object* o, std::size_t bytes) {
  used_ += bytes;
  o->charged += static_cast<std::uint32_t>(bytes);
}

void Heap::uncharge(Object* o, std::size_t bytes) {
  if (bytes > o->charged) bytes = o->charged;
  used_ -= bytes;
  o->charged -= static_cast<std::uint32_t>(bytes);
  rearm();
}

void Heap::free(Object* o) {
  if (tearing_down_ || o->pinned) return;
  pending_.push_back(o);
  if (freeing_) return;
  freeing_ = true;
  while (!pending_.empty()) {
    Object* x = pending_.back();
    pending_.pop_back();
    x->prev->next = x->next;
    x->next->prev = x->prev;
    used_ -= x->charged;
    --live_;
    delete x;
  }
  freeing_ = false;
  rearm();
}

void Heap::teardown() {
  // Pin everything, drop all references, then delete regardless of counts.
  for (Object* o = head_.next; o != &head_; o = o->next) o->pinned = true;
  for (Object* o = head_.next; o != &head_; o = o->next) o->clear_refs();
  tearing_down_ = true;
  Object* o = head_.next;
  while (o != &head_) {
    Object* next = o->next;
    delete o;
    o = next;
  }
  head_.prev = head_.next = &head_;
  used_ = 0;
  live_ = 0;
  tearing_down_ = false;
}

}  // namespace scopeplay::runtime
