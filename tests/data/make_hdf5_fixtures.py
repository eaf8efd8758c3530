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
