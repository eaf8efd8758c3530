// SHA-256 against the FIPS 180-4 / NIST example vectors.
#include "core/Sha256.h"

#include <QTest>

using nnscope::Sha256;

class Sha256Test : public QObject {
    Q_OBJECT
private slots:
    void emptyInputHasTheStandardDigest()
    {
        QCOMPARE(Sha256::hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
    void abcHasTheStandardDigest()
    {
        QCOMPARE(Sha256::hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
    void twoBlockMessageHasTheStandardDigest()
    {
        QCOMPARE(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }
    void millionAsFedInPiecesHasTheStandardDigest()
    {
        Sha256 hash;
        const std::string chunk(1000, 'a');
        for (int i = 0; i < 1000; ++i)
            hash.update(chunk.substr(0, 7)), hash.update(chunk.substr(7));
        QCOMPARE(hash.hexDigest(), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }
};

QTEST_APPLESS_MAIN(Sha256Test)
#include "tst_sha256.moc"
