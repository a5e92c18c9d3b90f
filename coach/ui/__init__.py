"""The Streamlit app's pages and widgets: the only Streamlit code besides ``app.py``."""
