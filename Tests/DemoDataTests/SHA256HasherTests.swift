import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// SHA-256 through libcrypto gives the standard digests (FIPS 180-2's examples), however the
/// message is split into updates, and a copy of a hasher goes on independently.
struct SHA256HasherTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func standardDigests(message: String, digest: String) {
        #expect(SHA256Hasher.hex(Array(message.utf8)) == digest)
    }

    @Test func aMillionAsInUnevenUpdates() {
        var hasher = SHA256Hasher()
        var left = 1_000_000
        var size = 1
        while left > 0 {
            let count = min(size, left)
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: count))
            left -= count
            size = size * 3 + 1
        }
        #expect(
            hasher.finalizeHex()
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aCopyAndFinalizeLeaveTheStateAlone() {
        var hasher = SHA256Hasher()
        hasher.update(Array("ab".utf8))
        var copy = hasher
        #expect(hasher.finalize() == hasher.finalize())
        copy.update(Array("c".utf8))
        #expect(copy.finalizeHex() == SHA256Hasher.hex(Array("abc".utf8)))
        #expect(hasher.finalizeHex() == SHA256Hasher.hex(Array("ab".utf8)))
        hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
        #expect(hasher.finalizeHex() == SHA256Hasher.hex(Array("ab".utf8)))
    }

    @Test func hexText() {
        #expect(Hex.string([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.isLowercaseHex("00af", count: 4))
        #expect(!Hex.isLowercaseHex("00AF", count: 4))
        #expect(!Hex.isLowercaseHex("00af0", count: 4))
        #expect(!Hex.isLowercaseHex("00ag", count: 4))
    }
}
