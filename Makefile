# The two commands of README.md, and a few conveniences.
.PHONY: tour test build bench logos
tour:            ## set up, build (release), install the kernelspec, run the tour notebook
	scripts/tour.sh
test:            ## run every test (Swift suites, then the Jupyter integration tests)
	scripts/test.sh
build:           ## debug build of the loupe command
	swift build --product loupe
bench:           ## the kernel benchmark against ipykernel
	bench/kernel
logos:           ## redraw the kernelspec logos (needs Pillow, as in .venv)
	.venv/bin/python kernelspec/make_logos.py
