// operator new/delete for the WebAssembly build: small blocks come from
// per-size free lists, everything else from malloc.
//
// The engine allocates and frees millions of small objects per second
// (values, strings, AST and graph records); Emscripten's dlmalloc spent a
// sixth of the WebAssembly run time on them (a CPU profile of the graph
// benchmark: dlfree 9%, dlmalloc 6%, operator new 2%), against far less for
// glibc natively. A free list per 16-byte size class makes most of those a
// few loads and stores. See wasm/README.md for the figures.
//
// Each block carries an 8-byte header holding its size class (0 = from
// malloc), so operator delete needs no size. Blocks stay 8-byte aligned, as
// malloc's are here. Freed small blocks go back to their class's list and are
// reused by later allocations of that class; they are not returned to malloc.
// The engine's memory budget counts its own objects, not these lists, and the
// module is single-threaded (no pthreads), so there is no locking.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kHeader = 8;
constexpr std::size_t kGranule = 16;
constexpr std::size_t kClasses = 32;  // blocks of up to 512 bytes, header included
constexpr std::size_t kChunk = 64 * 1024;

struct FreeBlock {
  FreeBlock* next;
};

FreeBlock* free_lists[kClasses + 1];
char* chunk_next = nullptr;
char* chunk_end = nullptr;

// Carves a block of `bytes` from the current chunk, starting a new one when it is used up
// (the rest of the old chunk is left unused: at most one block's worth).
char* carve(std::size_t bytes) {
  if (static_cast<std::size_t>(chunk_end - chunk_next) < bytes) {
    char* chunk = static_cast<char*>(std::malloc(kChunk));
    if (!chunk) return nullptr;
    chunk_next = chunk;
    chunk_end = chunk + kChunk;
  }
  char* block = chunk_next;
  chunk_next += bytes;
  return block;
}

void* allocate(std::size_t size) {
  const std::size_t total = size + kHeader;
  char* block;
  std::uint32_t cls = 0;
  if (total <= kClasses * kGranule) {
    cls = static_cast<std::uint32_t>((total + kGranule - 1) / kGranule);
    if (FreeBlock* head = free_lists[cls]) {
      free_lists[cls] = head->next;
      block = reinterpret_cast<char*>(head);
    } else {
      block = carve(cls * kGranule);
    }
  } else {
    block = static_cast<char*>(std::malloc(total));
  }
  if (!block) throw std::bad_alloc();
  *reinterpret_cast<std::uint32_t*>(block) = cls;
  return block + kHeader;
}

void release(void* p) noexcept {
  if (!p) return;
  char* block = static_cast<char*>(p) - kHeader;
  const std::uint32_t cls = *reinterpret_cast<std::uint32_t*>(block);
  if (cls == 0) {
    std::free(block);
    return;
  }
  auto* node = reinterpret_cast<FreeBlock*>(block);
  node->next = free_lists[cls];
  free_lists[cls] = node;
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
