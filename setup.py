"""Maps the repository's top-level resources/ into the package as peerdesk/resources (one copy)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "peerdesk.resources"],
    package_dir={"": "src", "peerdesk.resources": "resources"},
    package_data={"peerdesk.resources": ["**/*"]},
)
