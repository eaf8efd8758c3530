"""Writes the HDF5 test fixtures with h5py, as ann-benchmarks writes its files (run with Debian's
python3-h5py: /usr/bin/python3 tests/data/make_hdf5_fixtures.py). The files are committed; the tests
only read them."""
import os
import h5py
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(7)
train = rng.normal(size=(50, 4)).astype(np.float32)
test = rng.normal(size=(5, 4)).astype(np.float32)
d = np.linalg.norm(test[:, None, :] - train[None, :, :], axis=2)
neighbors = np.argsort(d, axis=1, kind="stable")[:, :10].astype(np.int32)
distances = np.take_along_axis(d, neighbors, axis=1).astype(np.float32)

with h5py.File(os.path.join(here, "ann-tiny-euclidean.hdf5"), "w") as f:
    f.attrs["distance"] = "euclidean"
    f.create_dataset("train", data=train)
    f.create_dataset("test", data=test)
    f.create_dataset("neighbors", data=neighbors)
    f.create_dataset("distances", data=distances)

with h5py.File(os.path.join(here, "ann-no-train.hdf5"), "w") as f:
    f.attrs["distance"] = "euclidean"
    f.create_dataset("test", data=test)

bad = neighbors.copy()
bad[2, 3] = 50  # one id past the end of train
with h5py.File(os.path.join(here, "ann-bad-neighbors.hdf5"), "w") as f:
    f.attrs["distance"] = "euclidean"
    f.create_dataset("train", data=train)
    f.create_dataset("test", data=test)
    f.create_dataset("neighbors", data=bad)

# Hostile files (tests/engine/tst_benchmark_formats.cpp, issue 23): each must be refused in one line,
# without following a link out of the file, reading another file, or allocating what the shapes claim.
def hostile(name):
    return h5py.File(os.path.join(here, "hostile-" + name + ".hdf5"), "w")

with hostile("external-link") as f:  # 'train' lives in another file (the test puts a FIFO there)
    f["train"] = h5py.ExternalLink("fifo.hdf5", "/train")

with hostile("external-storage") as f:  # 'train''s values are read from another file
    f.create_dataset("train", shape=(50, 4), dtype="f4", external=[("/dev/zero", 0, 50 * 4 * 4)])

with h5py.File(os.path.join(here, "hostile-virtual-source.hdf5"), "w") as f:
    f.create_dataset("rows", data=train)
with hostile("virtual") as f:  # a virtual dataset mapping another file's rows
    layout = h5py.VirtualLayout(shape=(50, 4), dtype="f4")
    layout[:] = h5py.VirtualSource("hostile-virtual-source.hdf5", "rows", shape=(50, 4))
    f.create_virtual_dataset("train", layout)

with hostile("huge-train") as f:  # 10^12 rows claimed, nothing stored
    f.create_dataset("train", shape=(10**12, 4), dtype="f4", chunks=(1024, 4))

with hostile("huge-neighbors") as f:  # a real train, 10^12 queries of neighbours claimed
    f.create_dataset("train", data=train)
    f.create_dataset("neighbors", shape=(10**12, 10), dtype="i4", chunks=(1024, 10))

with hostile("gzip-bomb") as f:  # 400 MB of zeros stored in ~400 kB
    bomb = f.create_dataset("train", shape=(1_000_000, 100), dtype="f4", chunks=(10_000, 100), compression="gzip", compression_opts=9)
    for start in range(0, 1_000_000, 100_000):
        bomb[start:start + 100_000] = np.zeros((100_000, 100), dtype=np.float32)

with hostile("soft-link") as f:  # a soft link inside the file: a link, not the dataset itself
    f.create_dataset("rows", data=train)
    f["train"] = h5py.SoftLink("/rows")
