# Generated from forms/service_letter.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_letter.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ServiceLetterDialog(object):
    def setupUi(self, ServiceLetterDialog):
        if not ServiceLetterDialog.objectName():
            ServiceLetterDialog.setObjectName(u"ServiceLetterDialog")
        ServiceLetterDialog.resize(620, 520)
        self.layout = QVBoxLayout(ServiceLetterDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.mailbox_label = QLabel(ServiceLetterDialog)
        self.mailbox_label.setObjectName(u"mailbox_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mailbox_label)

        self.mailbox = QComboBox(ServiceLetterDialog)
        self.mailbox.setObjectName(u"mailbox")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mailbox)

        self.to_label = QLabel(ServiceLetterDialog)
        self.to_label.setObjectName(u"to_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to = QLineEdit(ServiceLetterDialog)
        self.to.setObjectName(u"to")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to)

        self.subject_label = QLabel(ServiceLetterDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(ServiceLetterDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject)

        self.attachments_label = QLabel(ServiceLetterDialog)
        self.attachments_label.setObjectName(u"attachments_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachments_label)

        self.attach_row = QHBoxLayout()
        self.attach_row.setObjectName(u"attach_row")
        self.attachments = QLabel(ServiceLetterDialog)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setWordWrap(True)

        self.attach_row.addWidget(self.attachments)

        self.attach = QPushButton(ServiceLetterDialog)
        self.attach.setObjectName(u"attach")

        self.attach_row.addWidget(self.attach)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.attach_row)


        self.layout.addLayout(self.form)

        self.body = QPlainTextEdit(ServiceLetterDialog)
        self.body.setObjectName(u"body")

        self.layout.addWidget(self.body)

        self.message = QLabel(ServiceLetterDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ServiceLetterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.mailbox_label.setBuddy(self.mailbox)
        self.to_label.setBuddy(self.to)
        self.subject_label.setBuddy(self.subject)
        self.attachments_label.setBuddy(self.attach)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceLetterDialog)

        QMetaObject.connectSlotsByName(ServiceLetterDialog)
    # setupUi

    def retranslateUi(self, ServiceLetterDialog):
        ServiceLetterDialog.setWindowTitle(QCoreApplication.translate("ServiceLetterDialog", u"New letter", None))
        self.mailbox_label.setText(QCoreApplication.translate("ServiceLetterDialog", u"&From", None))
        self.to_label.setText(QCoreApplication.translate("ServiceLetterDialog", u"&To", None))
        self.to.setPlaceholderText(QCoreApplication.translate("ServiceLetterDialog", u"client@example.ru, several separated by commas", None))
        self.subject_label.setText(QCoreApplication.translate("ServiceLetterDialog", u"&Subject", None))
        self.attachments_label.setText(QCoreApplication.translate("ServiceLetterDialog", u"Attach&ments", None))
        self.attach.setText(QCoreApplication.translate("ServiceLetterDialog", u"Attach a file\u2026", None))
    # retranslateUi
