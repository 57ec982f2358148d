// A minimal deterministic zip writer (deflate, fixed timestamps, entries in the order given), so the
// same sources always make the same archive. Node's zlib does the compression and the CRC-32.
import { crc32, deflateRawSync } from 'node:zlib'

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
const UNIX_FILE_0644 = (0o100644 << 16) >>> 0

/** @param {{ name: string, data: Buffer }[]} entries  @returns {Buffer} */
export function zipFiles(entries) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    const common = (header) => {
      header.writeUInt16LE(0x0800, 0) // general purpose flags: names are UTF-8
      header.writeUInt16LE(8, 2) // deflate
      header.writeUInt16LE(0, 4) // time 00:00
      header.writeUInt16LE(DOS_DATE_1980_01_01, 6)
      header.writeUInt32LE(crc, 8)
      header.writeUInt32LE(packed.length, 12)
      header.writeUInt32LE(data.length, 16)
      header.writeUInt16LE(nameBytes.length, 20)
      return header
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    common(local.subarray(6, 28))
    local.writeUInt16LE(0, 28) // extra length
    locals.push(local, nameBytes, packed)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix, zip 2.0
    central.writeUInt16LE(20, 6) // version needed
    common(central.subarray(8, 30))
    // extra, comment, disk number, internal attributes: 0
    central.writeUInt32LE(UNIX_FILE_0644, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
