// nnscope engine — core: SHA-256 for dataset fingerprints and model integrity checks, computed by
// OpenSSL's libcrypto (EVP); this class only gives it an incremental, exception-safe form.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace nnscope {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }

    /// Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    /// Finishes the hash and returns it as 64 lower-case hex digits.
    std::string hexDigest();

    static std::string hex(std::string_view data);

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

} // namespace nnscope
