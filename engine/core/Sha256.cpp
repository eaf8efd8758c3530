#include "core/Sha256.h"

#include "core/Error.h"

#include <openssl/evp.h>

namespace nnscope {

struct Sha256::Context {
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    bool finished = false;
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256()
    : context_(std::make_unique<Context>())
{
    if (!context_->md || EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr) != 1)
        throw Error("SHA-256: libcrypto could not start a digest");
}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, std::size_t size)
{
    if (context_->finished)
        throw Error("SHA-256: update after the digest was taken");
    if (size > 0 && EVP_DigestUpdate(context_->md, data, size) != 1)
        throw Error("SHA-256: libcrypto failed to hash the data");
}

std::array<std::uint8_t, 32> Sha256::digest()
{
    if (context_->finished)
        throw Error("SHA-256: the digest was already taken");
    std::array<std::uint8_t, 32> out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_->md, out.data(), &length) != 1 || length != out.size())
        throw Error("SHA-256: libcrypto failed to finish the digest");
    context_->finished = true;
    return out;
}

std::string Sha256::hexDigest()
{
    static const char digits[] = "0123456789abcdef";
    std::string text;
    for (std::uint8_t byte : digest()) {
        text += digits[byte >> 4];
        text += digits[byte & 15];
    }
    return text;
}

std::string Sha256::hex(std::string_view data)
{
    Sha256 hash;
    hash.update(data);
    return hash.hexDigest();
}

} // namespace nnscope
